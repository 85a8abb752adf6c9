import { useContext } from 'react';
import { I18nContext, type I18nValue } from './I18nContext';

export function useT(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT() needs an <I18nProvider> above it');
  return value;
}
