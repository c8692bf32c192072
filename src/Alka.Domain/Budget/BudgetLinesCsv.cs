using System.Globalization;
using System.Text;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Budget;

/// <summary>
/// The lines file of <c>alka budget --lines FILE</c>: RFC 4180 CSV in UTF-8 with the header <c>line,category,amount_ils</c>,
/// one line item a row, amounts in the invariant form (<c>900000.00</c>, <see cref="MoneyFormat.Invariant"/>), and
/// optionally a closing row <c>total,,AMOUNT</c> that the lines must sum to exactly (<see cref="BudgetRules.LinesSum"/>).
/// </summary>
/// <remarks>
/// Reading is a trust boundary: it never throws for bad input and drops nothing. Every problem is one error whose
/// identifier names the row (the header is row 1) and the column, e.g. <c>row 7, amount_ils</c>; the header's problems
/// are at <c>header</c>. Line ends may be <c>\n</c> or <c>\r\n</c>; a byte-order mark and blank rows at the end are
/// ignored. Thread-safe.
/// </remarks>
public static class BudgetLinesCsv
{
    /// <summary>The header row: <c>line</c>, <c>category</c>, <c>amount_ils</c>.</summary>
    public static IReadOnlyList<string> Header { get; } = Array.AsReadOnly(["line", "category", "amount_ils"]);

    /// <summary>The name of the closing row that states the total.</summary>
    public const string TotalRow = "total";

    /// <summary>Reads the line items of a lines file.</summary>
    /// <returns>
    /// The lines in file order, or every problem: not CSV, a row without three fields, a <c>total</c> row before the
    /// last (<see cref="BudgetErrors.LinesCsvMalformed"/>); a wrong header (<see cref="BudgetErrors.LinesCsvHeader"/>); a
    /// blank name (<see cref="CommonErrors.Required"/>), an unknown category (<see cref="CommonErrors.Undefined"/>), an
    /// amount that is not money (<see cref="BudgetErrors.MoneyUnparsable"/>, <see cref="BudgetErrors.MoneyTooPrecise"/>,
    /// <see cref="BudgetErrors.MoneyOutOfRange"/>) or is negative (<see cref="CommonErrors.OutOfRange"/>); lines that do
    /// not sum to the <c>total</c> row (<see cref="BudgetErrors.LinesDoNotSum"/> at the total row).
    /// </returns>
    public static Result<IReadOnlyList<BudgetLine>> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new Problems();
        var records = Parse(text.StartsWith('\uFEFF') ? text[1..] : text, problems);
        if (problems.Any)
        {
            return problems.Invalid<IReadOnlyList<BudgetLine>>();
        }

        if (records.Count == 0 || !records[0].SequenceEqual(Header))
        {
            problems.Add("header", BudgetErrors.LinesCsvHeader, $"A lines file starts with the header {string.Join(',', Header)}.");
            return problems.Invalid<IReadOnlyList<BudgetLine>>();
        }

        var lines = new List<BudgetLine>(records.Count);
        Money? stated = null;
        var statedRow = 0;
        for (var r = 1; r < records.Count; r++)
        {
            var row = Row(r + 1);
            var fields = records[r];
            if (fields.Length != Header.Count)
            {
                problems.Add(row, BudgetErrors.LinesCsvMalformed, $"The row has {fields.Length} fields; a line has {Header.Count}: {string.Join(',', Header)}.");
                continue;
            }

            if (fields[0] == TotalRow && fields[1].Length == 0)
            {
                if (r != records.Count - 1)
                {
                    problems.Add(row, BudgetErrors.LinesCsvMalformed, "The total row closes the file: it is the last row.");
                }

                stated = ReadAmount(fields[2], Cell(r + 1, "amount_ils"), problems);
                statedRow = r + 1;
                continue;
            }

            var ok = problems.Required(fields[0], Cell(r + 1, "line"));
            if (!Ids.TryParse(fields[1], out BudgetCategory category))
            {
                problems.Add(Cell(r + 1, "category"), CommonErrors.Undefined, $"'{fields[1]}' is not a category: {string.Join(", ", Ids.All<BudgetCategory>().Select(c => c.ToId()))}.");
                ok = false;
            }

            if (ReadAmount(fields[2], Cell(r + 1, "amount_ils"), problems) is { } amount && ok)
            {
                lines.Add(new BudgetLine(fields[0], category, amount));
            }
        }

        if (!problems.Any && stated is { } total)
        {
            if (BudgetLine.Sum(lines) is { } sum)
            {
                CohortBudget.CheckSum(sum, total, problems, Row(statedRow));
            }
            else
            {
                problems.Add(Row(statedRow), BudgetErrors.MoneyOutOfRange, $"The lines sum beyond {Money.MaxValue}.");
            }
        }

        return problems.Any
            ? problems.Invalid<IReadOnlyList<BudgetLine>>()
            : Result<IReadOnlyList<BudgetLine>>.Success(lines.AsReadOnly());
    }

    private static Money? ReadAmount(string text, string cell, Problems problems)
    {
        var amount = Money.Parse(text, MoneyFormat.Invariant);
        if (!amount.IsSuccess)
        {
            problems.AddRange(amount.ValidationErrors.Select(e => Problems.Error(cell, e.ErrorCode, e.ErrorMessage)));
            return null;
        }

        if (amount.Value < Money.Zero)
        {
            problems.Add(cell, CommonErrors.OutOfRange, $"An amount is zero or more, not {text}.");
            return null;
        }

        return amount.Value;
    }

    private static string Row(int row) => string.Create(CultureInfo.InvariantCulture, $"row {row}");

    private static string Cell(int row, string column) => string.Create(CultureInfo.InvariantCulture, $"row {row}, {column}");

    // RFC 4180: fields separated by commas, records by \n or \r\n, quoted fields with "" for a quote. Blank trailing
    // records are dropped; a blank record in the middle is a record of one empty field (and so has too few fields).
    private static List<string[]> Parse(string text, Problems problems)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var row = 1;
        var i = 0;
        while (i <= text.Length)
        {
            if (i < text.Length && text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        problems.Add(Row(row), BudgetErrors.LinesCsvMalformed, "A quoted field is not closed.");
                        return records;
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    problems.Add(Row(row), BudgetErrors.LinesCsvMalformed, "A quoted field is followed by more than a comma or a line end.");
                    return records;
                }

                continue;
            }

            if (i == text.Length || text[i] is '\n' or '\r')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                if (i < text.Length && text[i] == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    else
                    {
                        problems.Add(Row(row), BudgetErrors.LinesCsvMalformed, "A carriage return without a line feed.");
                        return records;
                    }
                }

                row++;
                i++;
                continue;
            }

            if (text[i] == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (text[i] == '"')
            {
                problems.Add(Row(row), BudgetErrors.LinesCsvMalformed, "A quote inside an unquoted field.");
                return records;
            }
            else
            {
                field.Append(text[i]);
            }

            i++;
        }

        while (records.Count > 0 && records[^1] is [""])
        {
            records.RemoveAt(records.Count - 1);
        }

        return records;
    }
}
