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

        switch (Column.Type)
        {
            case ColumnType.Integer when NumberParser.TryParseInteger(text, out var integer):
                value = integer;
                return InRange(integer, ref error);
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
            error = new CellError(FilingErrorCodes.OutOfRange, new Dictionary<string, object?>
            {
                ["min"] = Column.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞",
                ["max"] = Column.Max?.ToString(CultureInfo.InvariantCulture) ?? "+∞",
            });
            return false;
        }

        return true;
    }
}
