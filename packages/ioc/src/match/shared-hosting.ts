/**
 * Shared hosting parents: domains under which many unrelated customers get their own
 * subdomain (a Firebase database, an App Engine app, an S3 bucket, a CDN distribution, …).
 *
 * Why they never match by suffix: the feeds list stalkerware back-ends such as
 * `catwatchful-e03b8.firebaseio.com`. The ordinary dot-boundary rule would let an indicator
 * equal to, or close to, the parent (`firebaseio.com`, `s3.amazonaws.com`) match every app on
 * the platform, and a survivor's phone talks to these parents all day through legitimate apps.
 * A false "stalkerware contact" is harmful, so an indicator under one of these parents matches
 * only that exact host name, and the parents themselves only themselves.
 *
 * The list is drawn from the "private domains" section of the Public Suffix List for the
 * platforms stalkerware is known to use, plus the platforms seen in the Echap feeds
 * (firebaseio.com, appspot.com, herokuapp.com, azurewebsites.net, amazonaws.com,
 * cloudfront.net, googleusercontent.com). Add to it when a feed starts using a new platform.
 */
export const SHARED_HOSTING_PARENTS: readonly string[] = [
  // Google
  'appspot.com',
  'firebaseio.com',
  'firebaseapp.com',
  'web.app',
  'googleusercontent.com',
  'apps.googleusercontent.com',
  'storage.googleapis.com',
  'googleapis.com',
  'cloudfunctions.net',
  'run.app',
  'blogspot.com',
  'page.link',
  // Amazon
  'amazonaws.com',
  's3.amazonaws.com',
  'cloudfront.net',
  'elasticbeanstalk.com',
  'awsapprunner.com',
  'amplifyapp.com',
  // Microsoft
  'azurewebsites.net',
  'azurewebsites.windows.net',
  'cloudapp.net',
  'cloudapp.azure.com',
  'blob.core.windows.net',
  'web.core.windows.net',
  'azureedge.net',
  'azurestaticapps.net',
  'trafficmanager.net',
  // Platform-as-a-service and static hosting
  'herokuapp.com',
  'herokudns.com',
  'netlify.app',
  'netlify.com',
  'vercel.app',
  'now.sh',
  'pages.dev',
  'workers.dev',
  'r2.dev',
  'onrender.com',
  'fly.dev',
  'glitch.me',
  'repl.co',
  'replit.app',
  'github.io',
  'githubusercontent.com',
  'gitlab.io',
  'bitbucket.io',
  'surge.sh',
  'pythonanywhere.com',
  'digitaloceanspaces.com',
  'ondigitalocean.app',
  'backblazeb2.com',
  '000webhostapp.com',
  'wixsite.com',
  'weebly.com',
  'wordpress.com',
  'tumblr.com',
  'myshopify.com',
  // Tunnels and dynamic DNS
  'ngrok.io',
  'ngrok-free.app',
  'ngrok.app',
  'trycloudflare.com',
  'loca.lt',
  'duckdns.org',
  'no-ip.org',
  'no-ip.biz',
  'ddns.net',
  'hopto.org',
  'zapto.org',
  'sytes.net',
  'dyndns.org',
  'freedns.afraid.org',
];

const PARENTS = new Set(SHARED_HOSTING_PARENTS);

export function isSharedHostingParent(domain: string): boolean {
  return PARENTS.has(domain);
}

/**
 * True when `domain` is a shared hosting parent or lies under one; such an indicator only ever
 * matches exactly.
 */
export function isUnderSharedHosting(domain: string): boolean {
  if (PARENTS.has(domain)) return true;
  for (let i = domain.indexOf('.'); i !== -1; i = domain.indexOf('.', i + 1)) {
    if (PARENTS.has(domain.slice(i + 1))) return true;
  }
  return false;
}
