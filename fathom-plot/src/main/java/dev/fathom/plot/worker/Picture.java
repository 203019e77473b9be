package dev.fathom.plot.worker;

import dev.fathom.plot.Canvas;
import dev.fathom.plot.PlotArea;
import java.util.List;

/** A drawn plot-worker picture and its data panels (where each sample was painted). */
record Picture(Canvas canvas, List<PlotArea> panels) {}
