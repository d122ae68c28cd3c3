import '@fontsource/biz-udpgothic/400.css';
import '@fontsource/biz-udpgothic/700.css';
import '@digital-go-jp/design-tokens/dist/tokens.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ServicesProvider } from './services/services';
import { startServices } from './app/startup';
import { initI18n } from './i18n';
import { startSearchIndex } from './features/search';

async function boot(root: HTMLElement) {
  // The search worker starts opening its stored index now, while the app starts (index ready ≤ 1 s);
  // not in the presenter window, which never searches.
  if (!window.location.hash.startsWith('#/present')) startSearchIndex();
  const i18n = await initI18n();
  const reactRoot = createRoot(root);
  try {
    const services = await startServices();
    reactRoot.render(
      <StrictMode>
        <ServicesProvider services={services}>
          <App />
        </ServicesProvider>
      </StrictMode>,
    );
  } catch (error) {
    // Without a database nothing can be saved: say so plainly instead of showing an empty app.
    reactRoot.render(
      <p role="alert" className="fatal">
        {i18n.t('app.fatal', { message: (error as Error).message })}
      </p>,
    );
  }
}

void boot(document.getElementById('root')!);
