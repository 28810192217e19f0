// The netweave widgets in a React 19 app. React 19 sets properties on custom elements and
// listens to their custom events directly, so no wrapper components are needed.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@netweave/core/provider.js';
import '@netweave/self-assessment/define.js';
import '@netweave/challenge-chart/define.js';
import '@netweave/commitments-wall/define.js';

function App() {
  const [lang, setLang] = useState('en');
  const [topAreas, setTopAreas] = useState([]);
  return (
    <main lang={lang}>
      <h1>{lang === 'cy' ? 'Ein rhwydwaith' : 'Our network'}</h1>
      <p>
        <button type="button" onClick={() => setLang(lang === 'en' ? 'cy' : 'en')}>
          {lang === 'en' ? 'Cymraeg' : 'English'}
        </button>
      </p>
      <netweave-provider session="react-demo">
        <netweave-self-assessment
          layout="stepper"
          onnetweave-complete={(event) => setTopAreas(event.detail.topAreas ?? [])}
        ></netweave-self-assessment>
        {topAreas.length > 0 && (
          <p role="status">
            {lang === 'cy' ? 'Eich meysydd gweithredu: ' : 'Your areas for action: '}
            {topAreas.map((area) => area.label ?? area.id).join(', ')}
          </p>
        )}
        <netweave-challenge-chart></netweave-challenge-chart>
        <netweave-commitments-wall></netweave-commitments-wall>
      </netweave-provider>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
