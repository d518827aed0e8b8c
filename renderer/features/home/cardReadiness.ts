// Which dashboard cards have their data: the page is marked ready (data-dashboard-ready) once every card said so.
import { createContext, useContext, useEffect } from 'react';

export const CardReadiness = createContext<((card: string, ready: boolean) => void) | null>(null);

/** Each dashboard card tells once its data is read (whether or not it then shows anything). */
export function useCardReady(card: string, ready: boolean): void {
  const report = useContext(CardReadiness);
  useEffect(() => report?.(card, ready), [report, card, ready]);
}
