import type { Service, Topic } from '../../src/content/types.js';
export function partnerService(i: number, extra?: Partial<Service>): Service;
export function makeServices(n: number): Service[];
export function partnerTopic(title: string): Topic;
