-- One database per service, as in the embedded platform: the center never shares tables with a node.
CREATE DATABASE lattice_center;
CREATE DATABASE lattice_node_a;
CREATE DATABASE lattice_node_b;
