package dev.fathom.plot.spec;

import java.time.Instant;

/**
 * A labelled moment (an entry of {@code label_list}): a vertical line at {@code mark} with
 * {@code text} written downwards from depth {@code labelDepth}.
 *
 * @param labelDepth {@code event_label_start}, in the display depth unit
 * @param mark {@code event_mark} 'YYYY-mm-dd HH:MM:SS', read as UTC
 * @param text {@code event_text}
 */
public record EventLabel(double labelDepth, Instant mark, String text) {}
