"""The `qcdc` command line, a thin layer over `index.engine`."""
