package dev.fathom.graph;

/**
 * Optional capability of a {@link Command}: computing its result from the <em>inputs</em> of the
 * node it reads (its {@code in_uid}, the "upstream") instead of that node's result, so that the
 * upstream's result is never materialised. The executor uses it when it pays: distpy's noise log
 * reads a full complex spectrum ({@code fft}, {@code nx × nt} complex128) only to sum a few bands
 * of its power, which the band-energy commands compute straight from the real chunk.
 *
 * <p>The executor fuses an upstream node {@code U} into its readers when, and only when:
 *
 * <ol>
 *   <li>at validation ({@link ExecutionPlan#fusedConsumers}): {@code U} has at least one reader,
 *       every reader reads {@code U} as its {@code in_uid} only (not in {@code gather_uids}),
 *       implements this interface and answers {@link #canFuse} with true;
 *   <li>at run time, before {@code U} would run: the {@link NodeListener} does not need {@code
 *       U}'s result ({@link NodeListener#needs}; {@code graph run --dump-nodes} needs every node,
 *       so nothing is fused there), none of {@code U}'s inputs is itself fused away, and every
 *       reader answers {@link #acceptsFused} with true for the actual inputs.
 * </ol>
 *
 * <p>Then {@code U} does not run, its inputs are kept until its last reader has run, and each
 * reader runs {@link #executeFused} instead of {@link Command#execute}. Otherwise everything runs
 * as usual. A fused result must equal the unfused one within the tolerance of specs/distpy.md §5,
 * and a fused reader must fail exactly where the unfused pair would: {@link #acceptsFused} returns
 * false for any input the upstream itself would reject, so that the upstream runs and reports its
 * own error.
 */
public interface InputFusion {
  /**
   * Validation time: whether this node, with parameters {@code params}, can compute its result
   * from the inputs of {@code upstream} (a node whose result it reads as {@code in_uid}),
   * judging by the upstream's command and parameters. Typically {@code upstream.command()
   * instanceof SomeCommand} plus a parameter check.
   */
  boolean canFuse(PlannedNode upstream, Params params);

  /**
   * Run time, before the upstream would run: whether the upstream's actual inputs suit the fused
   * computation (dtype, shape). True by default.
   */
  default boolean acceptsFused(PlannedNode upstream, NodeInputs upstreamInputs, Params params, ExecutionContext context) {
    return true;
  }

  /**
   * This node's result computed from the upstream's inputs: the same value {@link
   * Command#execute} would return on the upstream's result (within §5 tolerance).
   *
   * @throws CommandException as {@link Command#execute} would
   */
  NdArray executeFused(FusedInput input, Params params, ExecutionContext context);
}
