using System.Linq;
using System.Threading.Tasks;
using TrackLayer.ControlsAsCode.Model.Lexicon;

namespace TrackLayer.ControlsAsCode.Tests;

/// <summary>The lexicon's memo lives as long as a compiler server: it answers what it holds and never grows past its limit.</summary>
public class BoundedMemoTests
{
    [Fact]
    public void Remembers_answers_up_to_its_limit_and_then_stops()
    {
        var memo = new BoundedMemo<string, int>(limit: 3);
        foreach (var (key, value) in new[] { ("a", 1), ("b", 2), ("c", 3), ("d", 4) })
        {
            memo.Remember(key, value);
        }

        Assert.True(memo.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.True(memo.TryGet("c", out _));
        Assert.False(memo.TryGet("d", out _));
    }

    [Fact]
    public void A_repeated_key_does_not_use_up_room()
    {
        var memo = new BoundedMemo<string, int>(limit: 2);
        memo.Remember("a", 1);
        memo.Remember("a", 1);
        memo.Remember("b", 2);

        Assert.True(memo.TryGet("b", out _));
    }

    [Fact]
    public void Concurrent_writers_never_push_it_past_its_limit()
    {
        var memo = new BoundedMemo<int, int>(limit: 100);
        Parallel.For(0, 10_000, i => memo.Remember(i, i));

        var held = Enumerable.Range(0, 10_000).Count(i => memo.TryGet(i, out _));
        Assert.InRange(held, 90, 100); // a writer may give up while another's place is briefly taken: never more than the limit
    }
}
