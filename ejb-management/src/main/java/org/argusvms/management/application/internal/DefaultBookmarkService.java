package org.argusvms.management.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.management.application.BookmarkInput;
import org.argusvms.management.application.BookmarkQuery;
import org.argusvms.management.application.BookmarkService;
import org.argusvms.management.application.BookmarkView;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.bookmark.Bookmark;
import org.argusvms.management.domain.model.bookmark.BookmarkRepository;
import org.argusvms.management.domain.model.camera.CameraRepository;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Rights: {@link BookmarkRights}; validation: {@link BookmarkInputValidator}. */
@Stateless
@PermitAll
public class DefaultBookmarkService implements BookmarkService {

    @Inject
    private BookmarkRepository bookmarks;

    @Inject
    private CameraRepository cameras;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    private BookmarkRights rights;

    @PostConstruct
    void init() {
        rights = new BookmarkRights(permissions);
    }

    @Override
    public List<BookmarkView> list(BookmarkQuery query, PageRequest page) {
        return bookmarks.findPage(filter(query), page.offset(), page.limit()).stream().map(BookmarkView::of).toList();
    }

    @Override
    public long count(BookmarkQuery query) {
        return bookmarks.count(filter(query));
    }

    @Override
    public BookmarkView get(String bookmarkId) {
        return BookmarkView.of(readable(bookmarkId));
    }

    @Override
    public BookmarkView create(BookmarkInput input) {
        if (input != null && (input.cameraId() == null || input.cameraId().isBlank())) {
            throw new ValidationException("cameraId", "\"cameraId\" is required");
        }
        BookmarkInputValidator.ValidBookmark valid = BookmarkInputValidator.validate(input);
        rights.requireCreate(input.cameraId());
        cameras.find(input.cameraId()).orElseThrow(() -> unknownCamera(input.cameraId()));
        Bookmark bookmark = new Bookmark(UUID.randomUUID().toString(), input.cameraId(), caller(), clock.instant());
        mark(bookmark, valid);
        bookmarks.store(bookmark);
        audit.succeeded("bookmark.create", describe(bookmark));
        return BookmarkView.of(bookmark);
    }

    @Override
    public BookmarkView change(String bookmarkId, BookmarkInput input) {
        Bookmark bookmark = readable(bookmarkId);
        BookmarkInputValidator.ValidBookmark valid = BookmarkInputValidator.validate(input);
        if (input.cameraId() != null && !input.cameraId().equals(bookmark.cameraId())) {
            throw new ValidationException("cameraId", "a bookmark stays on its camera; create a new one instead");
        }
        NamedObjectInput.requireVersion(input.version());
        rights.requireChange(bookmark, caller());
        if (bookmark.version() != input.version()) {
            throw staleVersion(bookmarkId);
        }
        mark(bookmark, valid);
        try {
            bookmarks.store(bookmark);
        } catch (OptimisticLockException e) {
            throw staleVersion(bookmarkId);
        }
        audit.succeeded("bookmark.change", describe(bookmark));
        return BookmarkView.of(bookmark);
    }

    @Override
    public void delete(String bookmarkId, Long expectedVersion) {
        Bookmark bookmark = readable(bookmarkId);
        rights.requireChange(bookmark, caller());
        if (expectedVersion != null && bookmark.version() != expectedVersion) {
            throw staleVersion(bookmarkId);
        }
        bookmarks.remove(bookmark);
        audit.succeeded("bookmark.delete", describe(bookmark));
    }

    /** Only the cameras the caller may play back, whichever the query names. */
    private BookmarkRepository.Filter filter(BookmarkQuery query) {
        if (query.from() != null && query.to() != null && !query.to().isAfter(query.from())) {
            throw new ValidationException("to", "\"to\" must be after \"from\"");
        }
        Set<String> cameraIds = new LinkedHashSet<>(rights.readableCameraIds());
        if (!query.cameraIds().isEmpty()) {
            cameraIds.retainAll(query.cameraIds());
        }
        return new BookmarkRepository.Filter(cameraIds, query.from(), query.to(), query.text());
    }

    private Bookmark readable(String bookmarkId) {
        return (bookmarkId == null ? Optional.<Bookmark>empty() : bookmarks.find(bookmarkId))
                .filter(rights::mayRead)
                .orElseThrow(() -> new NotFoundException("bookmark " + bookmarkId + " does not exist"));
    }

    private static void mark(Bookmark bookmark, BookmarkInputValidator.ValidBookmark valid) {
        bookmark.mark(valid.at(), valid.from(), valid.to(), valid.headline(), valid.description());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String describe(Bookmark bookmark) {
        return "bookmark " + bookmark.id() + " on camera " + bookmark.cameraId() + " at " + bookmark.at() + ": "
                + bookmark.headline();
    }

    private static NotFoundException unknownCamera(String cameraId) {
        return new NotFoundException("camera " + cameraId + " does not exist");
    }

    private static ConflictException staleVersion(String bookmarkId) {
        return new ConflictException("bookmark " + bookmarkId
                + " was changed by someone else since you read it; reload it and apply your change again");
    }
}
