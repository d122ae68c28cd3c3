/** The app's long-lived services (database, repositories, host platform), given to React once. */
import { createContext, useContext, type ReactNode } from 'react';
import type { KyosoDb } from '../data/db';
import type { Device } from '../data/device';
import type { Repositories } from '../data/repositories';
import type { Platform } from '../platform';

export interface Services {
  db: KyosoDb;
  device: Device;
  repos: Repositories;
  platform: Platform;
  /** Whether the browser promised not to evict our data (always true in the desktop app). */
  persisted: boolean;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
