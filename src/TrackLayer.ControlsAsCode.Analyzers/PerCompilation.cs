using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// State that several rules share, computed once per compilation and held weakly by it, so a long-lived compiler
/// server never accumulates it.
/// </summary>
/// <remarks>
/// <see cref="ConditionalWeakTable{TKey, TValue}.GetValue"/> alone runs its factory outside its lock: rules starting
/// together on several threads would each compute the same state and keep one. The lazy makes the others wait for the
/// first instead of repeating its work on a machine whose every core is busy compiling.
/// </remarks>
/// <typeparam name="T">A class: every instantiation shares one compiled body, which matters in a fresh compiler process.</typeparam>
internal sealed class PerCompilation<T>
    where T : class
{
    private readonly ConditionalWeakTable<Compilation, Lazy<T>> _table = new();
    private readonly Func<Compilation, T> _create;

    public PerCompilation(Func<Compilation, T> create) => _create = create;

    public T Get(Compilation compilation)
        => _table.GetValue(compilation, c => new Lazy<T>(() => _create(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
