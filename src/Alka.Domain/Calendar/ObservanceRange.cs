using System.Collections;

namespace Alka.Domain.Calendar;

/// <summary>
/// The observances of a range of dates, ordered by date and then id (ordinal): a view that reads them from an
/// <see cref="IsraeliCalendar"/>'s year tables, from <see cref="IsraeliCalendar.EnumerateObservances"/>.
/// </summary>
/// <remarks>
/// <para>
/// Nothing is copied: <c>foreach</c> over the view, <see cref="Count"/> and <see cref="CopyTo"/> into a buffer of the
/// caller's do not allocate, however long the range; <see cref="ToArray"/> makes a copy of its own. Enumerating a
/// range of more than 256 years may compute years again (see <see cref="IsraeliCalendar"/>), with the same result.
/// </para>
/// <para>Immutable and thread-safe. The default value is the empty range.</para>
/// </remarks>
public readonly struct ObservanceRange : IEnumerable<ObservanceOccurrence>
{
    private readonly IsraeliCalendar? _calendar;
    private readonly int _first;
    private readonly int _last;

    internal ObservanceRange(IsraeliCalendar calendar, int first, int last, int count)
    {
        _calendar = calendar;
        _first = first;
        _last = last;
        Count = count;
    }

    /// <summary>How many occurrences the range holds.</summary>
    public int Count { get; }

    /// <summary>Copies every occurrence, in order, to the start of <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Count"/>.</exception>
    public void CopyTo(Span<ObservanceOccurrence> destination)
    {
        if (destination.Length < Count)
        {
            throw new ArgumentException($"The destination holds {destination.Length} occurrences, not {Count}.", nameof(destination));
        }

        var next = 0;
        for (var epochDay = _first; next < Count;)
        {
            var year = _calendar!.YearOf(epochDay, nameof(destination));
            var yearLast = Math.Min(_last, year.Start + year.Length - 1);
            next = year.CopyOccurrences(epochDay - year.Start, yearLast - year.Start, destination, next);
            epochDay = yearLast + 1;
        }
    }

    /// <summary>A new array of every occurrence, in order.</summary>
    public ObservanceOccurrence[] ToArray()
    {
        var occurrences = Count == 0 ? [] : new ObservanceOccurrence[Count];
        CopyTo(occurrences);
        return occurrences;
    }

    /// <summary>Returns an enumerator that does not allocate.</summary>
    public Enumerator GetEnumerator() => new(_calendar, _first, _last, Count);

    /// <inheritdoc/>
    IEnumerator<ObservanceOccurrence> IEnumerable<ObservanceOccurrence>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates the occurrences of an <see cref="ObservanceRange"/>, year table by year table.</summary>
    public struct Enumerator : IEnumerator<ObservanceOccurrence>
    {
        private readonly IsraeliCalendar? _calendar;
        private readonly int _last;
        private int _left;          // occurrences not read yet
        private int _nextEpochDay;  // the first day after the part of the range in the current year
        private HebrewYearTable? _year;
        private int _index;         // the next occurrence, among the current year's
        private int _end;           // the end of the range's occurrences in the current year
        private int _day;           // the day of the current year that holds _index
        private int _dateDay;       // the day of _hebrewDate
        private HebrewDate _hebrewDate;

        internal Enumerator(IsraeliCalendar? calendar, int first, int last, int count)
        {
            _calendar = calendar;
            _last = last;
            _left = count;
            _nextEpochDay = first;
        }

        /// <summary>The occurrence at the current position.</summary>
        public ObservanceOccurrence Current { get; private set; }

        /// <inheritdoc/>
        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next occurrence.</summary>
        /// <returns><see langword="false"/> after the last.</returns>
        public bool MoveNext()
        {
            if (_left == 0)
            {
                return false;
            }

            while (_index == _end)
            {
                _year = _calendar!.YearOf(_nextEpochDay, "range");
                var fromDay = _nextEpochDay - _year.Start;
                var toDay = Math.Min(_last - _year.Start, _year.Length - 1);
                (_day, _dateDay, _index, _end) = (fromDay, -1, _year.FirstObservance(fromDay), _year.FirstObservance(toDay + 1));
                _nextEpochDay = _year.Start + toDay + 1;
            }

            var year = _year!;
            while (year.FirstObservance(_day + 1) <= _index)
            {
                _day++;
            }

            if (_day != _dateDay)
            {
                (_hebrewDate, _dateDay) = (year.HebrewDate(_day), _day);
            }

            Current = new ObservanceOccurrence(_hebrewDate, year.ObservanceAt(_index++));
            _left--;
            return true;
        }

        /// <summary>Not supported: enumerate again with a new enumerator.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        readonly void IEnumerator.Reset() => throw new NotSupportedException();

        /// <summary>Does nothing: the enumerator holds no resources.</summary>
        public readonly void Dispose()
        {
        }
    }
}
