"""Small widgets and helpers the screens share: banner, flow layout, panes, labels, bidi, a11y,
shortcuts, guard marks."""
