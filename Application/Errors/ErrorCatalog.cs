using System.Reflection;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Errors;

/// <summary>
/// Every error code the service can answer with. Codes are stable: the app branches on them, so a code is never
/// reused for another meaning. Ranges: 0xxx auth and identity, 1xxx request validation and payments, 2xxx stores and
/// catalog, 3xxx users/cart/coupons/points, 4xxx orders, 5xxx store POS integration, 9xxx system.
/// docs/ERROR_CODES.md is checked against this class by a test. Areas with many codes keep them in their own partial file
/// (ErrorCatalog.Cart.cs, ErrorCatalog.Payments.cs, ...).
/// </summary>
public static partial class ErrorCatalog
{
    // 0xxx — auth and identity (codes kept from the original product)
    public static readonly Error EmailNotFound = new("0001", ErrorKind.NotFound, "가입되지 않은 이메일이에요.");
    public static readonly Error InvalidToken = new("0003", ErrorKind.Unauthorized, "유효하지 않은 인증 정보예요. 다시 로그인해 주세요.");
    public static readonly Error MalformedToken = new("0004", ErrorKind.Unauthorized, "인증 토큰 형식이 올바르지 않아요. 다시 로그인해 주세요.");
    public static readonly Error InvalidSignature = new("0005", ErrorKind.Unauthorized, "인증 토큰의 서명이 올바르지 않아요. 다시 로그인해 주세요.");
    public static readonly Error ExpiredToken = new("0006", ErrorKind.Unauthorized, "로그인이 만료되었어요. 다시 로그인해 주세요.");
    public static readonly Error Unauthorized = new("0007", ErrorKind.Unauthorized, "로그인이 필요해요.");
    public static readonly Error InvalidCredentials = new("0008", ErrorKind.Unauthorized, "이메일 또는 비밀번호가 올바르지 않아요.");
    public static readonly Error EmailTaken = new("0009", ErrorKind.Conflict, "이미 가입된 이메일이에요.");
    public static readonly Error OtpCodeRequired = new("0011", ErrorKind.Unauthorized, "인증 앱의 6자리 코드를 입력해 주세요.");
    public static readonly Error OtpCodeInvalid = new("0012", ErrorKind.Unauthorized, "인증 코드가 올바르지 않아요. 인증 앱의 새 코드를 입력해 주세요.");
    public static readonly Error TooManyLoginAttempts = new("0010", ErrorKind.Unavailable, "로그인 시도가 너무 많아요. 잠시 후 다시 시도해 주세요.");
    public static readonly Error RefreshTokenMismatch = new("0013", ErrorKind.Unauthorized, "로그인 정보가 일치하지 않아요. 다시 로그인해 주세요.");
    public static readonly Error RefreshTokenUnauthorized = new("0014", ErrorKind.Unauthorized, "로그인이 만료되었어요. 다시 로그인해 주세요.");
    public static readonly Error Forbidden = new("0015", ErrorKind.Forbidden, "이 기능을 사용할 권한이 없어요.");

    // The caller is already signed in here, so a wrong code is a bad input (400), not a failed login (401).
    public static readonly Error TwoFactorCodeInvalid = new("0016", ErrorKind.Validation, "인증 코드가 올바르지 않아요. 인증 앱에 표시된 코드를 확인해 주세요.");
    public static readonly Error TwoFactorAlreadyEnabled = new("0017", ErrorKind.Conflict, "2단계 인증이 이미 켜져 있어요.");
    public static readonly Error TwoFactorNotSetUp = new("0018", ErrorKind.Conflict, "2단계 인증 설정을 먼저 시작해 주세요.");
    public static readonly Error TwoFactorNotEnabled = new("0019", ErrorKind.Conflict, "2단계 인증이 켜져 있지 않아요.");

    // 1xxx — request validation
    public static readonly Error ValidationFailed = new("1111", ErrorKind.Validation, "입력한 값을 다시 확인해 주세요.");
    public static readonly Error MalformedBody = new("1112", ErrorKind.Validation, "요청 본문을 읽을 수 없어요. 형식을 확인해 주세요.");

    // 2xxx — stores and catalog
    public static readonly Error StoreNotFound = new("2001", ErrorKind.NotFound, "매장을 찾을 수 없어요.");
    public static readonly Error MenuNotFound = new("2002", ErrorKind.NotFound, "메뉴를 찾을 수 없어요.");
    public static readonly Error InvalidStoreCursor = new("2003", ErrorKind.Validation, "목록 위치 정보가 올바르지 않아요. 목록을 처음부터 다시 불러와 주세요.");

    // 3xxx — users, cart, coupons, points
    public static readonly Error UserNotFound = new("3001", ErrorKind.NotFound, "회원 정보를 찾을 수 없어요.");

    // 4xxx — orders: ErrorCatalog.Ordering.cs

    // 9xxx — system and protocol
    public static readonly Error RouteNotFound = new("9001", ErrorKind.NotFound, "요청하신 주소를 찾을 수 없어요.");
    public static readonly Error MethodNotAllowed = new("9002", ErrorKind.Validation, "이 주소에서 지원하지 않는 요청 방식이에요.");
    public static readonly Error PayloadTooLarge = new("9003", ErrorKind.Validation, "요청 본문이 너무 커요.");
    public static readonly Error UnsupportedMediaType = new("9004", ErrorKind.Validation, "지원하지 않는 콘텐츠 형식이에요. application/json으로 보내 주세요.");
    public static readonly Error TooManyRequests = new("9005", ErrorKind.Unavailable, "요청이 너무 많아요. 잠시 후 다시 시도해 주세요.");
    public static readonly Error RequestTimedOut = new("9006", ErrorKind.Unavailable, "요청 처리 시간이 초과되었어요. 잠시 후 다시 시도해 주세요.");
    public static readonly Error ServiceUnavailable = new("9007", ErrorKind.Unavailable, "일시적으로 서비스를 이용할 수 없어요. 잠시 후 다시 시도해 주세요.");
    public static readonly Error Unknown = new("9999", ErrorKind.Internal, "알 수 없는 오류가 발생했어요. 잠시 후 다시 시도해 주세요.");

    /// <summary>All catalog entries, in code order.</summary>
    /// <remarks>
    /// Computed on first use rather than by a field initializer: the fields live in several partial files, and the
    /// order in which C# runs initializers across partial files is unspecified, so an initializer here could read
    /// fields that are still null.
    /// </remarks>
    public static IReadOnlyList<Error> All => AllEntries.Value;

    private static readonly Lazy<IReadOnlyList<Error>> AllEntries = new(() => typeof(ErrorCatalog)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(Error))
        .Select(field => (Error)field.GetValue(null)!)
        .OrderBy(error => error.Code, StringComparer.Ordinal)
        .ToList());
}
