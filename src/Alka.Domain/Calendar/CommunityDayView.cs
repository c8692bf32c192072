namespace Alka.Domain.Calendar;

/// <summary>
/// The community days on one date for one <see cref="CommunityMix"/>: a filtered view over the calendar's cached
/// table, enumerated with <c>foreach</c> without allocating.
/// </summary>
/// <remarks>
/// A <see langword="ref struct"/> over immutable data: valid as long as it is in scope, thread-safe. The
/// <see langword="default"/> value is empty. Days come in the order of the calendar's definitions, then day number.
/// </remarks>
public readonly ref struct CommunityDayView
{
    private readonly ReadOnlySpan<CommunityDay> _days;
    private readonly CommunityMix _mix;

    internal CommunityDayView(ReadOnlySpan<CommunityDay> days, CommunityMix mix)
    {
        _days = days;
        _mix = mix;
    }

    /// <summary>Whether no day of the mix falls on the date.</summary>
    public bool IsEmpty => !GetEnumerator().MoveNext();

    /// <summary>How many days of the mix fall on the date (days off and possible days).</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var _ in this)
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>Whether a day off of the mix falls on the date (a possible day is not one).</summary>
    public bool HasDayOff
    {
        get
        {
            foreach (ref readonly var day in this)
            {
                if (day.IsDayOff)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The days of the mix, for <c>foreach</c>.</summary>
    public Enumerator GetEnumerator() => new(_days, _mix);

    /// <summary>Copies the days of the mix to a new array.</summary>
    public CommunityDay[] ToArray()
    {
        var days = new CommunityDay[Count];
        var i = 0;
        foreach (var day in this)
        {
            days[i++] = day;
        }

        return days;
    }

    /// <summary>Enumerates the days of a <see cref="CommunityDayView"/> whose community is in the mix.</summary>
    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<CommunityDay> _days;
        private readonly CommunityMix _mix;
        private int _index;

        internal Enumerator(ReadOnlySpan<CommunityDay> days, CommunityMix mix)
        {
            _days = days;
            _mix = mix;
            _index = -1;
        }

        /// <summary>The current day.</summary>
        public readonly ref readonly CommunityDay Current => ref _days[_index];

        /// <summary>Moves to the next day of the mix.</summary>
        /// <returns><see langword="false"/> after the last one.</returns>
        public bool MoveNext()
        {
            while (++_index < _days.Length)
            {
                if (_mix.Contains(_days[_index].Community))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
