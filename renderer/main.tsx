import { createRoot } from 'react-dom/client';
import { call } from './api/client';

function Placeholder() {
  return <p>Hội Nghị</p>;
}
createRoot(document.getElementById('root')!).render(<Placeholder />);
void call('events.list', {}).then((e) => console.log(e.length));
