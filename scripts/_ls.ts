import { tuning } from '../common/brief/corpus/index';
import { rewriteForCompany } from '../common/brief/rewrite';
import { visibleLength } from '../common/brief/text';
import { loadNodeAnalyser } from './brief-analyser';
const analyser = await loadNodeAnalyser();
for (const item of tuning) {
  const r = rewriteForCompany(item.text, { analyser });
  for (const u of r.unsplit) console.log(item.id, visibleLength(u.text), u.text);
}
