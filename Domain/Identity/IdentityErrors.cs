using Hexagon.Domain.Common;

namespace Hexagon.Domain.Identity;

/// <summary>
/// Why an identity input was refused. Each one describes a single field; the application collects them into the
/// request validation error (its catalog's 1111, the code used here too, which a test keeps in step) with one entry
/// per bad field, so a form can show every problem at once.
/// </summary>
public static class IdentityErrors
{
    private const string ValidationCode = "1111";

    public static readonly Error EmailMissing = Validation("이메일을 입력해 주세요.");
    public static readonly Error EmailTooLong = Validation($"이메일은 {EmailAddress.MaxLength}자 이하로 입력해 주세요.");
    public static readonly Error EmailMalformed = Validation("이메일 형식이 올바르지 않아요.");

    public static readonly Error PasswordLength = Validation($"비밀번호는 {PasswordPolicy.MinLength}자 이상 {PasswordPolicy.MaxLength}자 이하로 입력해 주세요.");
    public static readonly Error PasswordSameAsEmail = Validation("비밀번호는 이메일과 다르게 정해 주세요.");

    public static readonly Error NicknameLength = Validation($"닉네임은 {Nickname.MinLength}자 이상 {Nickname.MaxLength}자 이하로 입력해 주세요.");
    public static readonly Error NicknameControlCharacters = Validation("닉네임에 쓸 수 없는 문자가 들어 있어요.");

    public static readonly Error DeviceIdTooLong = Validation($"기기 ID는 {RefreshSession.MaxDeviceIdLength}자 이하여야 해요.");

    public static readonly Error DeviceTokenMalformed = Validation($"푸시 토큰은 공백 없는 영문·숫자·기호 {DeviceToken.MaxLength}자 이하여야 해요.");
    public static readonly Error DevicePlatformUnknown = Validation("플랫폼은 android 또는 ios 중 하나여야 해요.");

    private static Error Validation(string message) => new(ValidationCode, ErrorKind.Validation, message);
}
