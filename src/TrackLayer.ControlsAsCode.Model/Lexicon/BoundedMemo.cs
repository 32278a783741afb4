using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace TrackLayer.ControlsAsCode.Model.Lexicon;

/// <summary>
/// A thread-safe memo of answers that stops growing at a fixed size: it may live as long as a compiler server does.
/// </summary>
/// <remarks>
/// The size is counted here, not asked of the dictionary: <c>ConcurrentDictionary.Count</c> takes every lock of the
/// table, and on the hot path of an analyzer that serialised the threads the compiler runs it on.
/// </remarks>
internal sealed class BoundedMemo<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _answers;
    private readonly int _limit;
    private int _count;

    public BoundedMemo(int limit, IEqualityComparer<TKey>? comparer = null)
    {
        _limit = limit;
        _answers = new ConcurrentDictionary<TKey, TValue>(comparer ?? EqualityComparer<TKey>.Default);
    }

    public bool TryGet(TKey key, out TValue value) => _answers.TryGetValue(key, out value!);

    /// <summary>Remembers an answer while there is room; a full memo simply stops remembering.</summary>
    public void Remember(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) >= _limit)
        {
            return;
        }

        // Take a place before adding, and give it back when there was none or the key was already there: the memo
        // never holds more than its limit, however many threads race here.
        if (Interlocked.Increment(ref _count) > _limit || !_answers.TryAdd(key, value))
        {
            Interlocked.Decrement(ref _count);
        }
    }
}
