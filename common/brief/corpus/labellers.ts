/**
 * Second and third labels of corpus texts, written by engineers who saw neither the first labels,
 * the glossary, the rules nor the tool's output (`agreement/labeller-*.json`): how far careful
 * readers agree is the ceiling a detector can reach against any one of them.
 */
import labellerB from './agreement/labeller-b.json';
import labellerC from './agreement/labeller-c.json';
import labellerD from './agreement/labeller-d.json';
import labellerE from './agreement/labeller-e.json';
import labellerF from './agreement/labeller-f.json';
import labellerG from './agreement/labeller-g.json';
import labellerH from './agreement/labeller-h.json';
import labellerI from './agreement/labeller-i.json';
import labellerJ from './agreement/labeller-j.json';
import labellerK from './agreement/labeller-k.json';
import labellerL from './agreement/labeller-l.json';
import labellerM from './agreement/labeller-m.json';
import labellerN from './agreement/labeller-n.json';
import labellerO from './agreement/labeller-o.json';
import labellerP from './agreement/labeller-p.json';
import labellerQ from './agreement/labeller-q.json';
import labellerR from './agreement/labeller-r.json';
import labellerS from './agreement/labeller-s.json';
import labellerT from './agreement/labeller-t.json';
import labellerU from './agreement/labeller-u.json';
import labellerV from './agreement/labeller-v.json';
import labellerW from './agreement/labeller-w.json';
import labellerX from './agreement/labeller-x.json';
import labellerY from './agreement/labeller-y.json';
import labellerZ from './agreement/labeller-z.json';
import labellerAa from './agreement/labeller-aa.json';
import labellerAb from './agreement/labeller-ab.json';
import labellerAc from './agreement/labeller-ac.json';
import labellerAd from './agreement/labeller-ad.json';
import labellerAe from './agreement/labeller-ae.json';
import labellerAf from './agreement/labeller-af.json';
import labellerAg from './agreement/labeller-ag.json';
import labellerAh from './agreement/labeller-ah.json';
import labellerAi from './agreement/labeller-ai.json';
import type { LabelSet } from './agreement';
import type { CorpusText } from './evaluate';
import fresh5Data from './fresh5.json';
import fresh6Data from './fresh6.json';
import fresh7Data from './fresh7.json';
import fresh8Data from './fresh8.json';
import fresh9Data from './fresh9.json';
import fresh10Data from './fresh10.json';
import fresh11Data from './fresh11.json';
import fresh12Data from './fresh12.json';
import fresh13Data from './fresh13.json';
import fresh14Data from './fresh14.json';
import fresh15Data from './fresh15.json';
import fresh16Data from './fresh16.json';
import fresh17Data from './fresh17.json';
import fresh18Data from './fresh18.json';
import fresh19Data from './fresh19.json';
import fresh20Data from './fresh20.json';
import fresh21Data from './fresh21.json';
import heldOutData from './heldout.json';

interface LabelFile {
  id: string;
  terms: string[];
}

const fromFile = (labeller: string, rows: readonly LabelFile[]): LabelSet => ({
  labeller,
  terms: new Map(rows.map((r) => [r.id, r.terms])),
});

const original = (texts: readonly CorpusText[]): LabelSet => ({
  labeller: 'original',
  terms: new Map(texts.map((t) => [t.id, t.terms])),
});

/** Texts labelled by several readers, with every reader's labels (the first is the original). */
export interface LabelledAgain {
  name: string;
  texts: readonly CorpusText[];
  sets: readonly LabelSet[];
}

const again = (name: string, texts: readonly CorpusText[], ...others: LabelSet[]): LabelledAgain => ({
  name,
  texts,
  sets: [original(texts), ...others],
});

const b = fromFile('b', labellerB);
const c = fromFile('c', labellerC);

export const labelledAgain: readonly LabelledAgain[] = [
  again('held-out', heldOutData as CorpusText[], b, c),
  again('fresh5', fresh5Data as CorpusText[], b, c),
  again('fresh6', fresh6Data as CorpusText[], fromFile('d', labellerD), fromFile('e', labellerE)),
  again('fresh7', fresh7Data as CorpusText[], fromFile('f', labellerF), fromFile('g', labellerG)),
  again('fresh8', fresh8Data as CorpusText[], fromFile('h', labellerH), fromFile('i', labellerI)),
  again('fresh9', fresh9Data as CorpusText[], fromFile('j', labellerJ), fromFile('k', labellerK)),
  again('fresh10', fresh10Data as CorpusText[], fromFile('l', labellerL), fromFile('m', labellerM)),
  again('fresh11', fresh11Data as CorpusText[], fromFile('n', labellerN), fromFile('o', labellerO)),
  again('fresh12', fresh12Data as CorpusText[], fromFile('p', labellerP), fromFile('q', labellerQ)),
  again('fresh13', fresh13Data as CorpusText[], fromFile('r', labellerR), fromFile('s', labellerS)),
  again('fresh14', fresh14Data as CorpusText[], fromFile('t', labellerT), fromFile('u', labellerU)),
  again('fresh15', fresh15Data as CorpusText[], fromFile('v', labellerV), fromFile('w', labellerW)),
  again('fresh16', fresh16Data as CorpusText[], fromFile('x', labellerX), fromFile('y', labellerY)),
  again('fresh17', fresh17Data as CorpusText[], fromFile('z', labellerZ), fromFile('aa', labellerAa)),
  again('fresh18', fresh18Data as CorpusText[], fromFile('ab', labellerAb), fromFile('ac', labellerAc)),
  again('fresh19', fresh19Data as CorpusText[], fromFile('ad', labellerAd), fromFile('ae', labellerAe)),
  again('fresh20', fresh20Data as CorpusText[], fromFile('af', labellerAf), fromFile('ag', labellerAg)),
  again('fresh21', fresh21Data as CorpusText[], fromFile('ah', labellerAh), fromFile('ai', labellerAi)),
];
