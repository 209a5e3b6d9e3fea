import './styles/fonts.css';
import './styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DeskApp } from './desk/DeskApp';
import { isDeskPage } from './desk/deskStore';

createRoot(document.getElementById('root')!).render(<StrictMode>{isDeskPage() ? <DeskApp /> : <App />}</StrictMode>);
