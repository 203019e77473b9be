package dev.fathom.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The commands a graph may name, by name: built-in and third-party, found through
 * {@link ServiceLoader} of {@link CommandProvider}. Two commands with the same name are a
 * configuration error, reported when the registry is made.
 */
public final class CommandRegistry {
  private final Map<String, Command> byName;

  private CommandRegistry(Map<String, Command> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /** Every command of every provider on the class path of this class's loader. */
  public static CommandRegistry load() {
    return load(CommandRegistry.class.getClassLoader());
  }

  /** Every command of every provider visible to {@code loader}. */
  public static CommandRegistry load(ClassLoader loader) {
    List<Command> all = new ArrayList<>();
    for (CommandProvider p : ServiceLoader.load(CommandProvider.class, loader)) {
      all.addAll(p.commands());
    }
    return of(all);
  }

  /** A registry of exactly these commands. */
  public static CommandRegistry of(Collection<? extends Command> commands) {
    Map<String, Command> m = new TreeMap<>();
    for (Command c : commands) {
      Command old = m.put(c.name(), c);
      if (old != null) {
        throw new IllegalStateException(
            "two commands named '" + c.name() + "': " + old.getClass().getName() + " and " + c.getClass().getName());
      }
    }
    return new CommandRegistry(m);
  }

  /** The command of that name, or null. */
  public Command find(String name) {
    return byName.get(name);
  }

  /** All names, sorted. */
  public Collection<String> names() {
    return byName.keySet();
  }

  /** All commands, sorted by name. */
  public Collection<Command> commands() {
    return byName.values();
  }
}
