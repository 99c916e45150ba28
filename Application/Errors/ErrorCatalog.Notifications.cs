using Hexagon.Domain.Common;

namespace Hexagon.Application.Errors;

/// <summary>700x — the customer's in-app notifications. Someone else's notification is "not found", never "forbidden".</summary>
public static partial class ErrorCatalog
{
    public static readonly Error NotificationNotFound = new("7001", ErrorKind.NotFound, "알림을 찾을 수 없어요.");

    public static readonly Error InvalidNotificationCursor = new("7002", ErrorKind.Validation, "알림 목록 위치 정보가 올바르지 않아요. 목록을 처음부터 다시 불러와 주세요.");
}
