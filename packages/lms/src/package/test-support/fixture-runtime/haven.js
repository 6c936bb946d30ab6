// Placeholder runtime for packaging tests only: it stands in for the player's `vite build` output.
import('./chunks/later.js');
