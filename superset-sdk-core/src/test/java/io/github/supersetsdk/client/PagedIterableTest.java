package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.SortDirection;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagedIterableTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  /** A fetcher over {@code total} integers that records which pages were requested. */
  private static final class FakePages implements PagedIterable.PageFetcher<Integer> {
    final int total;
    final List<Integer> requested = new ArrayList<>();

    final int servedAtMost;

    FakePages(int total) {
      this(total, Integer.MAX_VALUE);
    }

    /** A server that serves at most {@code servedAtMost} items a page whatever is asked, as Superset caps. */
    FakePages(int total, int servedAtMost) {
      this.total = total;
      this.servedAtMost = servedAtMost;
    }

    @Override
    public Page<Integer> fetch(int pageIndex, int requestedSize) {
      requested.add(pageIndex);
      int pageSize = Math.min(requestedSize, servedAtMost);
      int from = Math.min(pageIndex * pageSize, total);
      int to = Math.min(from + pageSize, total);
      return new Page<>(IntStream.range(from, to).boxed().collect(Collectors.toList()), total, pageIndex,
          requestedSize);
    }
  }

  @Test
  void iterator_serverServesSmallerPagesThanAsked_stillIteratesEveryItem() {
    // Superset caps page_size at FAB_API_MAX_PAGE_SIZE (100 by default) without a word.
    FakePages pages = new FakePages(117, 100);

    List<Integer> all = new ArrayList<>();
    PagedIterable.of(pages, 500).forEach(all::add);

    assertThat(all).hasSize(117).doesNotHaveDuplicates().endsWith(116);
    assertThat(pages.requested).containsExactly(0, 1);
  }

  @Test
  void iterator_countIsAMultipleOfThePageSize_makesNoRequestForAnEmptyLastPage() {
    FakePages pages = new FakePages(200);

    List<Integer> all = new ArrayList<>();
    PagedIterable.of(pages, 100).forEach(all::add);

    assertThat(all).hasSize(200).startsWith(0, 1).endsWith(199);
    assertThat(pages.requested).containsExactly(0, 1);
  }

  @Test
  void iterator_partialLastPage_fetchesEachPageOnce() {
    FakePages pages = new FakePages(250);

    assertThat(PagedIterable.of(pages, 100).stream().count()).isEqualTo(250);
    assertThat(pages.requested).containsExactly(0, 1, 2);
  }

  @Test
  void iterator_nothingMatches_fetchesOnePage() {
    FakePages pages = new FakePages(0);

    assertThat(PagedIterable.of(pages, 100)).isEmpty();
    assertThat(pages.requested).containsExactly(0);
  }

  @Test
  void creation_fetchesNothingUntilIteration() {
    FakePages pages = new FakePages(500);

    PagedIterable<Integer> iterable = PagedIterable.of(pages, 100);

    assertThat(pages.requested).isEmpty();
    assertThat(iterable.stream().limit(5).collect(Collectors.toList())).containsExactly(0, 1, 2, 3, 4);
    assertThat(pages.requested).containsExactly(0);
  }

  @Test
  void byPage_yieldsPagesWithTotalCount() {
    FakePages pages = new FakePages(230);

    List<Page<Integer>> list = new ArrayList<>();
    PagedIterable.of(pages, 100).byPage().forEach(list::add);

    assertThat(list).extracting(Page::pageIndex).containsExactly(0, 1, 2);
    assertThat(list).extracting(p -> p.items().size()).containsExactly(100, 100, 30);
    assertThat(list).allSatisfy(p -> assertThat(p.totalCount()).isEqualTo(230));
  }

  @Test
  void iterator_serverShrinksDuringIteration_stopsAtTheEmptyPage() {
    PagedIterable.PageFetcher<Integer> shrinking =
        (index, size) -> index == 0 ? new Page<>(List.of(1, 2), 6, 0, 2) : new Page<>(List.of(), 6, index, 2);

    assertThat(PagedIterable.of(shrinking, 2)).containsExactly(1, 2);
  }

  @Test
  void iterator_exhausted_throwsNoSuchElement() {
    Iterator<Integer> it = PagedIterable.of(new FakePages(1), 10).iterator();
    it.next();

    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void eachIteration_startsAgainFromTheFirstPage() {
    FakePages pages = new FakePages(3);
    PagedIterable<Integer> iterable = PagedIterable.of(pages, 2);

    assertThat(iterable).containsExactly(0, 1, 2);
    assertThat(iterable).containsExactly(0, 1, 2);
    assertThat(pages.requested).containsExactly(0, 1, 0, 1);
  }

  @Test
  void datasetsList_sendsRisonQueryAndStopsWhenTheCountIsReached() {
    String item = "{\"id\": %d, \"table_name\": \"t%d\"}";
    String page0 = IntStream.range(1, 3).mapToObj(i -> String.format(item, i, i)).collect(Collectors.joining(","));
    String page1 = IntStream.range(3, 5).mapToObj(i -> String.format(item, i, i)).collect(Collectors.joining(","));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/"))
        .withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.containing("page:0,"))
        .willReturn(okJson("{\"count\": 4, \"result\": [" + page0 + "]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/"))
        .withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.containing("page:1,"))
        .willReturn(okJson("{\"count\": 4, \"result\": [" + page1 + "]}")));
    ListQuery query = ListQuery.builder()
        .filter(Filter.of("table_name", FilterOperator.STARTS_WITH, "fct orders"))
        .orderBy("changed_on_delta_humanized", SortDirection.DESC)
        .pageSize(2)
        .build();

    try (SupersetClient client = superset.clientBuilder().build()) {
      List<String> names = client.datasets().list(query).stream().map(Dataset::tableName).collect(Collectors.toList());

      assertThat(names).containsExactly("t1", "t2", "t3", "t4");
    }
    List<LoggedRequest> requests = superset.findAll(getRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).queryParameter("q").firstValue())
        .isEqualTo("(filters:!((col:table_name,opr:sw,value:'fct orders')),order_column:changed_on_delta_humanized,"
            + "order_direction:desc,page:0,page_size:2,keys:!(none))");
  }
}
