import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './protocol';

/**
 * Every web page the app ever creates (the main window, devtools, anything a bug might open)
 * may only show app://hoi-nghi/: no navigation elsewhere, no new windows, no <webview>.
 * Registered before ready so no web-contents is ever created without it.
 */
export function hardenWebContents(app: App, log: (message: string) => void = console.warn): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, log));
}

function hardenContents(contents: WebContents, log: (message: string) => void = console.warn): void {
  const refuse = (what: string) => (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    log(`blocked ${what} to ${String(url).slice(0, 200)}`);
  };
  contents.on('will-navigate', refuse('navigation'));
  contents.on('will-redirect', refuse('redirect'));
  contents.on('will-frame-navigate', (details) => refuse('frame navigation')(details, details.url));
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked window.open of ${String(url).slice(0, 200)}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a <webview>');
  });
}

/**
 * The app needs no browser permission (camera, notifications, geolocation, clipboard-read...):
 * refuse every request and every check, and never talk to the network.
 */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Offline app: nothing of ours is on http(s) or ws(s); whatever asks for it is refused.
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) => callback({ cancel: true }));
}
