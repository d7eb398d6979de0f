import type { Service, Topic } from '../../src/content/types.js';
export function fictional(i: number, kind?: 'phone' | 'sms'): { method: 'phone' | 'sms'; display: string; href: string };
export function partnerService(i: number, extra?: Partial<Service>): Service;
export function makeServices(n: number): Service[];
export function partnerTopic(title: string): Topic;
export function translation(lang: string, table: Record<string, string>, words?: Record<string, string>): Record<string, string>;
