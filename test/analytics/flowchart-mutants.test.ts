import { describe, expect, it } from 'vitest';
import { flowchart, type ObservedTransition } from '../../src/analytics/flowchart.js';

describe('flowchart: the shape and label of each node', () => {
  it('draws the start as a circle, steps as boxes and the two outcomes as rounded nodes, labels spelt with spaces', () => {
    const transitions: ObservedTransition[] = [
      { from: 'start', to: 'need-recognition', count: 4 },
      { from: 'need-recognition', to: 'supplier-search', count: 3 },
      { from: 'supplier-search', to: 'abandoned', count: 1 },
      { from: 'supplier-search', to: 'decision', count: 2 },
      { from: 'decision', to: 'awarded', count: 2 },
    ];
    const nodes = flowchart(transitions)
      .split('\n')
      .filter((line) => !line.includes('-->') && !line.includes('linkStyle'));
    expect(nodes).toEqual([
      'flowchart LR',
      '  start((start))',
      '  need_recognition["need recognition"]',
      '  supplier_search["supplier search"]',
      '  decision["decision"]',
      '  awarded(["awarded"])',
      '  abandoned(["abandoned"])',
    ]);
  });
});
