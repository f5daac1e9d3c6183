import { recommend } from '/work/wt-v3/src/engine/recommend.ts';
const cases: any[] = JSON.parse(process.argv[2]);
for (const a of cases) {
  const r = recommend(a);
  console.log(JSON.stringify(a));
  for (const i of r.hireOrder) console.log(`  ${i.group.padEnd(5)} ${i.role.padEnd(20)} ${i.commitment.padEnd(9)} ${i.approach}${i.then ? '->' + i.then : ''} ${i.count ? i.count.min + '-' + i.count.max : ''}  [${i.reasons.map((x) => x.id).join(', ')}]`);
  console.log('  covered', r.covered.map((c) => c.role).join(','), '| warnings', r.warnings.map((w) => w.id).join(','), '| notes', r.notes.map((n) => n.id).join(','));
  console.log('  structure', r.structure.recommended, '| disagreements', r.disagreements.map((d) => d.id + '@' + d.anchor).join(','), '| maturity', r.maturity.reason.id, r.maturity.differs);
}
