package org.gradientlab.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The part of a Vaadin UI's state tree that a simulated student needs to find what to click: each node's tag,
 * attributes, classes, text and children, kept up to date from the {@code changes} of every server response.
 *
 * <p>Flow numbers the node features; the ones read here are 0 (element data: the tag), 1 (element properties),
 * 2 (children), 3 (attributes), 7 (text node) and 11 (class list). A driver that reads only these can fail to
 * find an element after a Vaadin upgrade, but it fails loudly (the lookup throws), never by measuring the wrong
 * thing.
 */
final class UiTree {

    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int CLASSES = 11;

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final List<String> lastTexts = new ArrayList<>();

    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> properties = new HashMap<>();
        final Set<String> classes = new LinkedHashSet<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }
    }

    /** Applies the {@code changes} array of an initial page or a UIDL response. */
    void apply(JsonNode changes) {
        lastTexts.clear();
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            Node node = node(change.path("node").asInt());
            int feature = change.path("feat").asInt(-1);
            switch (change.path("type").asString("")) {
                case "put" -> put(node, feature, change.path("key").asString(""), change.get("value"));
                case "remove" -> remove(node, feature, change.path("key").asString(""));
                case "splice" -> splice(node, feature, change);
                case "clear" -> clear(node, feature);
                case "detach" -> nodes.remove(node.id);
                default -> {
                    // attach, empty and the rest do not change what the driver looks up
                }
            }
        }
    }

    private void put(Node node, int feature, String key, JsonNode value) {
        String text = value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
        switch (feature) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = text;
                }
            }
            case PROPERTIES -> node.properties.put(key, text);
            case ATTRIBUTES -> node.attributes.put(key, text);
            case TEXT -> {
                node.text = text;
                lastTexts.add(text);
            }
            default -> {}
        }
    }

    private void remove(Node node, int feature, String key) {
        if (feature == ATTRIBUTES) {
            node.attributes.remove(key);
        } else if (feature == PROPERTIES) {
            node.properties.remove(key);
        }
    }

    private void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        if (feature == CHILDREN) {
            int removed = change.path("remove").asInt(0);
            for (int i = 0; i < removed && index < node.children.size(); i++) {
                node.children.remove(index);
            }
            List<Integer> added = new ArrayList<>();
            change.path("addNodes").forEach(n -> added.add(n.asInt()));
            node.children.addAll(Math.min(index, node.children.size()), added);
        } else if (feature == CLASSES) {
            List<String> list = new ArrayList<>(node.classes);
            int removed = change.path("remove").asInt(0);
            for (int i = 0; i < removed && index < list.size(); i++) {
                list.remove(index);
            }
            List<String> added = new ArrayList<>();
            change.path("add").forEach(n -> added.add(n.asString()));
            list.addAll(Math.min(index, list.size()), added);
            node.classes.clear();
            node.classes.addAll(list);
        }
    }

    private void clear(Node node, int feature) {
        if (feature == CHILDREN) {
            node.children.clear();
        } else if (feature == CLASSES) {
            node.classes.clear();
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    /** The first element (lowest node id) with this tag and class. */
    Optional<Node> byClass(String tag, String className) {
        return nodes.values().stream()
                .filter(n -> tag.equals(n.tag) && n.classes.contains(className))
                .min((a, b) -> Integer.compare(a.id, b.id));
    }

    /** The first element (lowest node id) with this tag whose attribute starts with a prefix. */
    Optional<Node> byAttributePrefix(String tag, String attribute, String prefix) {
        return nodes.values().stream()
                .filter(n -> tag.equals(n.tag)
                        && n.attributes.getOrDefault(attribute, "").startsWith(prefix))
                .min((a, b) -> Integer.compare(a.id, b.id));
    }

    /** The first element with this tag that has a text child reading exactly {@code text}. */
    Optional<Node> byText(String tag, String text) {
        return nodes.values().stream()
                .filter(n -> tag.equals(n.tag)
                        && n.children.stream().map(nodes::get).anyMatch(c -> c != null && text.equals(c.text)))
                .min((a, b) -> Integer.compare(a.id, b.id));
    }

    /** Whether a text node set by the last response contains this text (a verdict, a redrawn chart's readout). */
    boolean changedTextContains(String text) {
        return lastTexts.stream().anyMatch(t -> t != null && t.contains(text));
    }
}
