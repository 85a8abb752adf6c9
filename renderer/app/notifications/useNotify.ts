import { useContext } from 'react';
import { NotificationsContext, type NotificationsValue } from './NotificationsContext';

export function useNotify(): NotificationsValue {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotify() needs a <NotificationsProvider> above it');
  return value;
}
