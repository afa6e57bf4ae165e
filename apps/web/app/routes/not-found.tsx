import { data } from 'react-router';

/** Any address nobody defined: the translated 404 page of the root error boundary. */
export function loader() {
  throw data({ code: 'not_found' }, { status: 404 });
}

export default function NotFound() {
  return null;
}
