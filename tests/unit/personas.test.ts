/** The persona table (tests/helpers/personas.ts): each company's hire order, group by group, how each seat is held and filled, and its warnings. */
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.ts';
import type { RoleId } from '../../src/engine/ids.ts';
import { itemOf, rolesIn, warningIdsOf } from '../helpers/domain.ts';
import { brokenInvariants } from '../helpers/invariants.ts';
import { PERSONAS } from '../helpers/personas.ts';

describe('personas', () => {
  it('cover at least twelve companies', () => expect(PERSONAS.length).toBeGreaterThanOrEqual(12));

  describe.each(PERSONAS)('$name', (persona) => {
    const r = recommend(persona.answers);
    it('hires now what the articles put in the current phase', () => expect(rolesIn(r, 'now')).toEqual(persona.now));
    it('hires next what the next phase adds', () => expect(rolesIn(r, 'next')).toEqual(persona.next));
    it('leaves for later what only scale needs', () => expect(rolesIn(r, 'later')).toEqual(persona.later));
    it('plans AI engineers for its phase and size', () => {
      const count = itemOf(r, 'ai-engineer')?.count;
      expect(count ? `${count.min}-${count.max}` : undefined).toBe(persona.aiEngineers);
    });
    it('holds part-time exactly the seats rule 18 and the domain expert make part-time', () => {
      expect(r.hireOrder.filter((item) => item.commitment === 'part-time').map((item) => item.role).sort()).toEqual([...persona.partTime].sort());
    });
    it('fills each seat as version 3 says', () => {
      for (const [role, route] of Object.entries(persona.approach)) {
        const item = itemOf(r, role as RoleId);
        expect(item && (item.then ? `${item.approach}>${item.then}` : item.approach), role).toBe(route);
      }
    });
    it('is warned about exactly the traps it walks into', () => expect([...warningIdsOf(r)].sort()).toEqual([...persona.warnings].sort()));
    it('breaks no invariant', () => expect(brokenInvariants(r)).toEqual([]));
  });
});
