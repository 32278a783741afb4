using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>The state rules share per compilation: built once however many rules ask at the same moment.</summary>
public class PerCompilationTests
{
    [Fact]
    public async Task Rules_asking_together_get_one_state_built_once()
    {
        var built = 0;
        using var gate = new ManualResetEventSlim();
        var cache = new PerCompilation<object>(_ =>
        {
            Interlocked.Increment(ref built);
            Thread.Sleep(50); // long enough for every other asker to arrive while this one builds
            return new object();
        });
        var compilation = CSharpCompilation.Create("Shared");

        var askers = Enumerable.Range(0, 8)
            .Select(_ => Task.Factory.StartNew(() => { gate.Wait(); return cache.Get(compilation); }, TaskCreationOptions.LongRunning))
            .ToArray();
        gate.Set();
        var states = await Task.WhenAll(askers);

        Assert.Equal(1, built);
        Assert.All(states, state => Assert.Same(states[0], state));
    }

    [Fact]
    public void Each_compilation_has_its_own_state()
    {
        var cache = new PerCompilation<string>(c => c.AssemblyName!);

        Assert.Equal("First", cache.Get(CSharpCompilation.Create("First")));
        Assert.Equal("Second", cache.Get(CSharpCompilation.Create("Second")));
    }

    [Fact]
    public void The_state_is_not_kept_alive_by_the_cache_once_the_compilation_is_gone()
    {
        var cache = new PerCompilation<object>(_ => new object());
        var state = AskForAStateOfADroppedCompilation(cache);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // A long-lived compiler server builds many compilations: their state must go with them.
        Assert.False(state.IsAlive);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference AskForAStateOfADroppedCompilation(PerCompilation<object> cache)
        => new(cache.Get(CSharpCompilation.Create("Dropped")));
}
