const { x } = null;
