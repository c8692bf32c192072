namespace Alka.Domain.Planning;

/// <summary>The cheapest assignment of rows to distinct columns (the Hungarian method with potentials), O(rows² × columns).</summary>
internal static class Assignment
{
    /// <summary>A cost that forbids the pair; far above any real cost, and far enough below overflow for sums of many.</summary>
    public const long Unfit = 1L << 40;

    /// <summary>
    /// For each row of <paramref name="costs"/> (no more rows than columns), its column in the cheapest assignment; or
    /// <see langword="null"/> when every assignment takes an <see cref="Unfit"/> pair.
    /// </summary>
    public static int[]? Cheapest(long[,] costs)
    {
        var rows = costs.GetLength(0);
        var columns = costs.GetLength(1);
        if (rows == 0)
        {
            return [];
        }

        if (rows > columns)
        {
            return null;
        }

        // 1-based potentials u (rows), v (columns); match[column] is its row (0: none).
        var u = new long[rows + 1];
        var v = new long[columns + 1];
        var match = new int[columns + 1];
        var way = new int[columns + 1];
        for (var row = 1; row <= rows; row++)
        {
            match[0] = row;
            var column0 = 0;
            var least = new long[columns + 1];
            var used = new bool[columns + 1];
            Array.Fill(least, long.MaxValue);
            do
            {
                used[column0] = true;
                var row0 = match[column0];
                var delta = long.MaxValue;
                var column1 = 0;
                for (var column = 1; column <= columns; column++)
                {
                    if (used[column])
                    {
                        continue;
                    }

                    var reduced = costs[row0 - 1, column - 1] - u[row0] - v[column];
                    if (reduced < least[column])
                    {
                        least[column] = reduced;
                        way[column] = column0;
                    }

                    if (least[column] < delta)
                    {
                        delta = least[column];
                        column1 = column;
                    }
                }

                for (var column = 0; column <= columns; column++)
                {
                    if (used[column])
                    {
                        u[match[column]] += delta;
                        v[column] -= delta;
                    }
                    else
                    {
                        least[column] -= delta;
                    }
                }

                column0 = column1;
            }
            while (match[column0] != 0);

            do
            {
                var column1 = way[column0];
                match[column0] = match[column1];
                column0 = column1;
            }
            while (column0 != 0);
        }

        var result = new int[rows];
        for (var column = 1; column <= columns; column++)
        {
            if (match[column] != 0)
            {
                result[match[column] - 1] = column - 1;
            }
        }

        for (var row = 0; row < rows; row++)
        {
            if (costs[row, result[row]] >= Unfit)
            {
                return null;
            }
        }

        return result;
    }
}
