/** Defaults the browser side may need too (this module imports nothing). */

/** A neutral site for "Exit this page" (GOV.UK's default is a weather page too). */
export const DEFAULT_EXIT_URL = 'https://www.bbc.com/weather';
export const DEFAULT_APP_NAME = 'DeStalk';
