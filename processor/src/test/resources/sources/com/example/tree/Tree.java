package com.example.tree;

import dev.mcplet.McpTool;
import java.util.List;
import java.util.Optional;

/** Recursive records: written once in $defs, referenced with $ref. */
public class Tree {

    /**
     * A node of a tree.
     *
     * @param name the node's name
     * @param children its children
     */
    public record Node(String name, List<Node> children) {
    }

    /**
     * A person and their manager, who is a person too.
     *
     * @param name the name
     * @param manager the manager, if any
     */
    public record Person(String name, Optional<Person> manager) {
    }

    /**
     * Count the nodes of a tree.
     *
     * @param root the tree
     */
    @McpTool
    public int size(Node root) {
        int size = 1;
        for (Node child : root.children()) {
            size += size(child);
        }
        return size;
    }

    /**
     * The tree, mirrored.
     *
     * @param root the tree
     */
    @McpTool
    public Node mirror(Node root) {
        List<Node> children = new java.util.ArrayList<>();
        for (Node child : root.children()) {
            children.add(0, mirror(child));
        }
        return new Node(root.name(), children);
    }

    /**
     * The chain of managers of a person, nearest first.
     *
     * @param person the person
     */
    @McpTool
    public List<String> managers(Person person) {
        List<String> names = new java.util.ArrayList<>();
        for (Optional<Person> p = person.manager(); p.isPresent(); p = p.get().manager()) {
            names.add(p.get().name());
        }
        return names;
    }
}
