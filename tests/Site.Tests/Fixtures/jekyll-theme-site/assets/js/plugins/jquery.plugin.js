window.plugins = {};
