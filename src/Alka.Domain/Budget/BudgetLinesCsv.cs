using Alka.Domain.Serialization;
using Alka.Domain.Validation;
using Ardalis.Result;

namespace Alka.Domain.Budget;

/// <summary>
/// The lines file of <c>alka budget --lines FILE</c>: RFC 4180 CSV in UTF-8 with the header <c>line,category,amount_ils</c>
/// (the columns in any order), one line item a row, amounts in the invariant form (<c>900000.00</c>,
/// <see cref="MoneyFormat.Invariant"/>), and optionally a closing row <c>total,,AMOUNT</c> (line <c>total</c>, no category)
/// that the lines must sum to exactly (<see cref="BudgetRules.LinesSum"/>).
/// </summary>
/// <remarks>
/// Reading is a trust boundary: it never throws for bad input and drops nothing. Every problem is one error whose
/// identifier names the row (the header is row 1) and the column, e.g. <c>row 7, amount_ils</c>; the header's problems
/// are at <c>header</c>. Line ends may be <c>\n</c> or <c>\r\n</c>; a byte-order mark and empty lines at the end are
/// ignored. Thread-safe.
/// </remarks>
public static class BudgetLinesCsv
{
    /// <summary>The columns: <c>line</c>, <c>category</c>, <c>amount_ils</c>.</summary>
    public static IReadOnlyList<string> Header { get; } = Array.AsReadOnly(["line", "category", "amount_ils"]);

    /// <summary>The name of the closing row that states the total.</summary>
    public const string TotalRow = "total";

    /// <summary>Reads the line items of a lines file.</summary>
    /// <returns>
    /// The lines in file order, or every problem: not CSV or a <c>total</c> row before the last
    /// (<see cref="SerializationErrors.CsvMalformed"/>); a missing, unknown or repeated column
    /// (<see cref="SerializationErrors.CsvHeader"/>); a row without three fields (<see cref="SerializationErrors.CsvFieldCount"/>); a
    /// blank name (<see cref="CommonErrors.Required"/>), an unknown category (<see cref="CommonErrors.Undefined"/>), an
    /// amount that is not money (<see cref="BudgetErrors.MoneyUnparsable"/>, <see cref="BudgetErrors.MoneyTooPrecise"/>,
    /// <see cref="BudgetErrors.MoneyOutOfRange"/>) or is negative (<see cref="CommonErrors.OutOfRange"/>); lines that do
    /// not sum to the <c>total</c> row (<see cref="BudgetErrors.LinesDoNotSum"/> at the total row).
    /// </returns>
    public static Result<IReadOnlyList<BudgetLine>> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new Problems();
        var csv = CsvText.Read(text, Header, "a lines file", problems);
        if (csv is null)
        {
            return problems.Invalid<IReadOnlyList<BudgetLine>>();
        }

        var lines = new List<BudgetLine>(csv.LastRow);
        Money? stated = null;
        var statedRow = 0;
        for (var row = 2; row <= csv.LastRow; row++)
        {
            if (csv.Fields(row, problems) is not [var name, var categoryId, var amountText])
            {
                continue;
            }

            if (name == TotalRow && categoryId.Length == 0)
            {
                if (row != csv.LastRow)
                {
                    problems.Add(CsvText.Row(row), SerializationErrors.CsvMalformed, "The total row closes the file: it is the last row.");
                }

                stated = ReadAmount(amountText, CsvText.Cell(row, "amount_ils"), problems);
                statedRow = row;
                continue;
            }

            var ok = problems.Required(name, CsvText.Cell(row, "line"));
            if (!Ids.TryParse(categoryId, out BudgetCategory category))
            {
                problems.Add(CsvText.Cell(row, "category"), CommonErrors.Undefined, $"'{categoryId}' is not a category: {string.Join(", ", Ids.All<BudgetCategory>().Select(c => c.ToId()))}.");
                ok = false;
            }

            if (ReadAmount(amountText, CsvText.Cell(row, "amount_ils"), problems) is { } amount && ok)
            {
                lines.Add(new BudgetLine(name, category, amount));
            }
        }

        if (!problems.Any && stated is { } total)
        {
            if (BudgetLine.Sum(lines) is { } sum)
            {
                CohortBudget.CheckSum(sum, total, problems, CsvText.Row(statedRow));
            }
            else
            {
                problems.Add(CsvText.Row(statedRow), BudgetErrors.MoneyOutOfRange, $"The lines sum beyond {Money.MaxValue}.");
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
}
