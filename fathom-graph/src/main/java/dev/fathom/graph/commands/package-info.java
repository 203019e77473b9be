/**
 * The built-in commands: every name of distpy 1.32.3's {@code pub_command_set.KnownCommands} and
 * the {@code thumbnail} plot command, with distpy's parameters and defaults; numeric kernels come
 * from fathom-dsp. Where distpy's behaviour is reproduced or deliberately changed is recorded in
 * docs/distpy-compatibility.md.
 */
package dev.fathom.graph.commands;
