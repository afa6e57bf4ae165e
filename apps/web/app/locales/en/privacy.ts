/** Privacy: the privacy notice, the account's data page (download, delete) and the admins' log of data requests. */
export default {} as const;
