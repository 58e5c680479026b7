using System.Globalization;
using Zmd.Vocational.Core.Validation;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Filing.Intake;

/// <summary>Why a cell did not convert: the error code (also the message key) and the arguments only the rule knows.
/// The engine adds the column header and the (masked) value.</summary>
internal readonly record struct CellError(string Code, IReadOnlyDictionary<string, object?>? Args = null);

/// <summary>Turns one column's raw cells into the typed values documented on <see cref="FilingRow"/> and checks the
/// column's own rules (required, length, range, code list, check characters).</summary>
internal sealed class ColumnConverter(DatasetColumn column, CodeList? codes, DateOnly today)
{
    private static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    public DatasetColumn Column { get; } = column;

    /// <param name="raw">The cell as read from the file.</param>
    /// <param name="lostPrecision">Excel stored the cell as a number with more digits than it keeps.</param>
    /// <param name="value">The typed value, or null for an empty optional cell.</param>
    public bool TryConvert(string? raw, bool lostPrecision, out object? value, out CellError error)
    {
        value = null;
        error = default;
        if (lostPrecision)
        {
            error = new CellError(FilingErrorCodes.NumberLostPrecision);
            return false;
        }

        var text = TextCleaner.Trim(raw);
        if (text is null)
        {
            if (Column.Required)
            {
                error = new CellError(FilingErrorCodes.Required);
                return false;
            }

            return true;
        }

        // A NUL or another control character is never data (and PostgreSQL cannot store a NUL): a binary file's bytes,
        // or a copy from a terminal. Line breaks and tabs inside a cell are kept.
        if (text.AsSpan().IndexOfAny(ControlCharacters) >= 0)
        {
            error = new CellError(FilingErrorCodes.ControlCharacter);
            return false;
        }

        switch (Column.Type)
        {
            case ColumnType.Integer when NumberParser.TryParseInteger(text, out var integer):
                value = integer;
                return InRange(integer, ref error);
            case ColumnType.Integer when NumberParser.IsWholeNumber(text):
                // 99999999999999999999: a whole number, too large for any count; "out of range" says what is wrong.
                error = OutOfRange();
                return false;
            case ColumnType.Integer:
                error = new CellError(FilingErrorCodes.NotInteger);
                return false;
            case ColumnType.Decimal when NumberParser.TryParseDecimal(text, out var number):
                value = number;
                return InRange(number, ref error);
            case ColumnType.Decimal:
                error = new CellError(FilingErrorCodes.NotDecimal);
                return false;
            case ColumnType.Date when DateParser.TryParse(text, out var date):
                value = date;
                return true;
            case ColumnType.Date:
                error = new CellError(FilingErrorCodes.NotDate);
                return false;
            case ColumnType.Boolean when BooleanParser.TryParse(text, out var flag):
                value = flag;
                return true;
            case ColumnType.Boolean:
                error = new CellError(FilingErrorCodes.NotBoolean);
                return false;
            case ColumnType.Code:
                value = codes?.Match(text);
                if (value is null)
                {
                    error = new CellError(FilingErrorCodes.NotInCodeList, new Dictionary<string, object?> { ["allowed"] = codes?.Examples() ?? "" });
                    return false;
                }

                return true;
            case ColumnType.IdNumber:
                var id = ResidentIdNumber.Normalize(TextCleaner.ToHalfWidth(text));
                if (!ResidentIdNumber.HasValidCheckDigit(id) || ResidentIdNumber.BirthDate(id) is not { } birth || birth < EarliestBirth || birth > today)
                {
                    error = new CellError(FilingErrorCodes.InvalidIdNumber);
                    return false;
                }

                value = id;
                return true;
            case ColumnType.CreditCode:
                var code = UnifiedSocialCreditCode.Normalize(TextCleaner.ToHalfWidth(text));
                if (!UnifiedSocialCreditCode.IsValid(code))
                {
                    error = new CellError(FilingErrorCodes.InvalidCreditCode);
                    return false;
                }

                value = code;
                return true;
            default:
                if (text.Length > Column.MaxLength)
                {
                    error = new CellError(FilingErrorCodes.TooLong, new Dictionary<string, object?> { ["max"] = Column.MaxLength });
                    return false;
                }

                value = text;
                return true;
        }
    }

    private bool InRange(decimal number, ref CellError error)
    {
        if ((Column.Min is { } min && number < min) || (Column.Max is { } max && number > max))
        {
            error = OutOfRange();
            return false;
        }

        return true;
    }

    private CellError OutOfRange() => new(FilingErrorCodes.OutOfRange, new Dictionary<string, object?>
    {
        ["min"] = Column.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞",
        ["max"] = Column.Max?.ToString(CultureInfo.InvariantCulture) ?? "+∞",
    });
}
