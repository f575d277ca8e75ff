/**
 * Runs before first paint (inline in <head>) so a stored dark/light choice,
 * or the system's, is applied before anything renders: no flash of the wrong
 * theme. Kept tiny and dependency-free on purpose.
 */
import { THEME_KEY } from '@/lib/storage/keys';

const script = `(function(){try{var t=localStorage.getItem('${THEME_KEY}');var d=t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d);}catch(e){}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
