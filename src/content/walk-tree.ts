/**
 * A walk of a Markdown tree in document order (each node before its children), in a loop of its
 * own: unist-util-visit builds an array of ancestors for every node, which made each of the
 * walks of a large master (tens of thousands of nodes) cost several times this one.
 */
import type { Nodes, Parents } from 'mdast';

export function eachNode(tree: Nodes, visitor: (node: Nodes, index: number | undefined, parent: Parents | undefined) => void): void {
  const stack: [Nodes, number | undefined, Parents | undefined][] = [[tree, undefined, undefined]];
  while (stack.length > 0) {
    const [node, index, parent] = stack.pop()!;
    visitor(node, index, parent);
    if ('children' in node) for (let child = node.children.length - 1; child >= 0; child--) stack.push([node.children[child] as Nodes, child, node]);
  }
}
