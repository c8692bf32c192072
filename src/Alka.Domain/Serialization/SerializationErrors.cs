namespace Alka.Domain.Serialization;

/// <summary>
/// The error codes of reading JSON, whose identifier is a JSON path (<c>$</c> for the whole document), and of reading
/// CSV, whose identifier is <c>header</c>, <c>row N</c> or <c>row N, COLUMN</c> (the header is row 1).
/// </summary>
public static class SerializationErrors
{
    /// <summary>The document is larger than <see cref="AlkaJson.MaxBytes"/>.</summary>
    /// <remarks>every reader's <c>Read</c> (identifier <c>$</c>).</remarks>
    public const string TooLarge = "json-too-large";

    /// <summary>The document nests deeper than <see cref="AlkaJson.MaxDepth"/>.</summary>
    /// <remarks>every reader's <c>Read</c>.</remarks>
    public const string TooDeep = "json-too-deep";

    /// <summary>The document is not JSON: empty, truncated, a syntax error, invalid UTF-8.</summary>
    /// <remarks>every reader's <c>Read</c>.</remarks>
    public const string Malformed = "json-malformed";

    /// <summary>The document is JSON but not of the format: a wrong type, a missing or unknown member, an unknown id.</summary>
    /// <remarks>every reader's <c>Read</c>; the identifier is the JSON path of the member.</remarks>
    public const string Invalid = "json-invalid";

    /// <summary>
    /// A value the document repeats for its readers disagrees with the value it derives from: a Hebrew date or a weekday
    /// that is not the date's, a verdict that is not the reasons', a community day on a reason of another kind.
    /// </summary>
    /// <remarks><see cref="CalendarJson"/>'s readers; the identifier is the JSON path of the disagreeing member.</remarks>
    public const string Mismatch = "json-mismatch";

    /// <summary>A CSV file has no header, or a header with a missing, unknown or repeated column.</summary>
    /// <remarks>
    /// <see cref="Selection.CandidateCsv.Read(string, Selection.ILocalityDirectory?)"/>, <see cref="Selection.CandidateCsv.ReadCohort"/>
    /// and <see cref="Budget.BudgetLinesCsv.Read"/> (identifier <c>header</c>).
    /// </remarks>
    public const string CsvHeader = "csv-header";

    /// <summary>A row of a CSV file has more or fewer fields than the header.</summary>
    /// <remarks>
    /// <see cref="Selection.CandidateCsv.Read(string, Selection.ILocalityDirectory?)"/>, <see cref="Selection.CandidateCsv.ReadCohort"/>
    /// and <see cref="Budget.BudgetLinesCsv.Read"/> (identifier <c>row N</c>).
    /// </remarks>
    public const string CsvFieldCount = "csv-field-count";

    /// <summary>A field of a CSV file is not of its column's kind (a number, an id, <c>true</c>/<c>false</c>).</summary>
    /// <remarks><see cref="Selection.CandidateCsv.Read(string, Selection.ILocalityDirectory?)"/> (identifier <c>row N, COLUMN</c>).</remarks>
    public const string CsvValue = "csv-value";

    /// <summary>
    /// A CSV file is not RFC 4180 CSV (an unclosed quote, a character after a closing quote, a quote inside an unquoted
    /// field, a carriage return without a line feed), or its rows are not in the file's order (a budget lines file's
    /// <c>total</c> row before the last).
    /// </summary>
    /// <remarks>
    /// <see cref="Selection.CandidateCsv.Read(string, Selection.ILocalityDirectory?)"/>, <see cref="Selection.CandidateCsv.ReadCohort"/>
    /// and <see cref="Budget.BudgetLinesCsv.Read"/> (identifier <c>row N</c>).
    /// </remarks>
    public const string CsvMalformed = "csv-malformed";
}
