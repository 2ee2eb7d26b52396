package org.xiaoneng.testing;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A register's .xlsx export downloaded through MockMvc and opened with Apache POI, as a user's spreadsheet would. */
public final class Workbooks {

	private Workbooks() {
	}

	/** Sends the request, expects 200 and opens the answer as a workbook (the caller closes it). */
	public static XSSFWorkbook downloaded(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		byte[] workbook = mvc.perform(request.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(workbook));
	}
}
