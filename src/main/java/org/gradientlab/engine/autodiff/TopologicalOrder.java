package org.gradientlab.engine.autodiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Orders a computation graph for the chain rule: every node after all of its parents, the output last. */
final class TopologicalOrder {

    private TopologicalOrder() {}

    /** The nodes {@code output} depends on and {@code output} itself, each once, parents first. */
    static List<Node> of(Node output) {
        List<Node> order = new ArrayList<>();
        Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        // Iterative depth-first search: long chains (sums over many terms) must not overflow the stack.
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Integer> nextParent = new ArrayDeque<>();
        stack.push(output);
        nextParent.push(0);
        visited.add(output);
        while (!stack.isEmpty()) {
            Node top = stack.peek();
            int k = nextParent.pop();
            if (k < top.parentCount()) {
                nextParent.push(k + 1);
                Node parent = top.parent(k);
                if (visited.add(parent)) {
                    stack.push(parent);
                    nextParent.push(0);
                }
            } else {
                stack.pop();
                order.add(top);
            }
        }
        return order;
    }
}
